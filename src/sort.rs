//! One small stable sort for the app's short lists.
//!
//! The standard library's sorts are built for long lists, and every element type they
//! sort adds a copy of their code to the Wasm (several KB each). The lists the app sorts
//! in the browser hold tens to a few hundred items, often already in order, where an
//! insertion sort is quick and a few dozen bytes long. Long lists (the vertices of the
//! adjacency graph) keep the standard sort.

/// Sorts `list` so that an item that goes `before` another comes first; items neither of
/// which goes before the other keep their order (the sort is stable).
pub fn sort_by<T>(list: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && before(&list[j], &list[j - 1]) {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The positions of `keys` in ascending order of key, equal keys in position order.
pub fn order_by<K: PartialOrd>(keys: &[K]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    sort_by(&mut order, |&a, &b| keys[a] < keys[b]);
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Pairs sorted by their first half only: the second half shows the sort is stable.
        let mut seed = 7u32;
        let mut list: Vec<(u32, u32)> = (0..300)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (seed >> 16 & 15, i)
            })
            .collect();
        let mut expected = list.clone();
        expected.sort_by_key(|p| p.0);
        sort_by(&mut list, |a, b| a.0 < b.0);
        assert_eq!(list, expected);
    }

    #[test]
    fn orders_positions_by_key_keeping_ties_in_place() {
        assert_eq!(order_by(&[3, 1, 2, 1]), [1, 3, 2, 0]);
        assert!(order_by::<u64>(&[]).is_empty());
    }
}
