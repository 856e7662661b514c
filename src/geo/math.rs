//! The trigonometry of the pure modules (projection, great circles, marker layout,
//! keyboard neighbours).
//!
//! Natively these are std's `f64` methods. In the Wasm, std's methods link musl's libm
//! from `compiler_builtins` (its argument reduction alone is 5.9 KB of raw Wasm), while
//! the browser already has the same functions in `Math`: the app hands them over once at
//! start with [`install`] (this module cannot import `js-sys`; see ARCHITECTURE.md).
//! Measured on the shipped files: Wasm 240.2 → 236.4 KB with brotli, JS glue +0.1 KB
//! (December 2026). The results agree with libm's to the last bit or two, far below the
//! 0.01-unit rounding of the paths.

/// The functions the pure modules need, as the browser provides them.
#[derive(Clone, Copy)]
pub struct Trig {
    /// `Math.sin`.
    pub sin: fn(f64) -> f64,
    /// `Math.cos`.
    pub cos: fn(f64) -> f64,
    /// `Math.asin`.
    pub asin: fn(f64) -> f64,
    /// `Math.acos`.
    pub acos: fn(f64) -> f64,
    /// `Math.atan2` (y, x).
    pub atan2: fn(f64, f64) -> f64,
    /// `Math.hypot` (x, y).
    pub hypot: fn(f64, f64) -> f64,
}

#[cfg(target_arch = "wasm32")]
static TRIG: std::sync::OnceLock<Trig> = std::sync::OnceLock::new();

/// Gives the Wasm its trigonometry; the app calls it before anything is drawn (a second
/// call changes nothing). Natively it is not needed and does nothing.
pub fn install(trig: Trig) {
    #[cfg(target_arch = "wasm32")]
    let _ = TRIG.set(trig);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = trig;
}

/// The installed functions.
#[cfg(target_arch = "wasm32")]
fn trig() -> &'static Trig {
    TRIG.get()
        .expect("geo::math::install runs before the first geometry")
}

/// Declares each function twice: the installed one in the Wasm, std's natively.
macro_rules! functions {
    ($($(#[$doc:meta])* fn $name:ident($($arg:ident),+) = $native:expr;)*) => {$(
        $(#[$doc])*
        #[cfg(target_arch = "wasm32")]
        pub fn $name($($arg: f64),+) -> f64 {
            (trig().$name)($($arg),+)
        }
        $(#[$doc])*
        #[cfg(not(target_arch = "wasm32"))]
        pub fn $name($($arg: f64),+) -> f64 {
            $native
        }
    )*};
}

functions! {
    /// The sine of `x` (radians).
    fn sin(x) = x.sin();
    /// The cosine of `x` (radians).
    fn cos(x) = x.cos();
    /// The arcsine of `x`, in radians.
    fn asin(x) = x.asin();
    /// The arccosine of `x`, in radians.
    fn acos(x) = x.acos();
    /// The angle of the point (`x`, `y`), in radians.
    fn atan2(y, x) = y.atan2(x);
    /// The length of the vector (`x`, `y`).
    fn hypot(x, y) = x.hypot(y);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natively_the_functions_are_those_of_std() {
        assert_eq!(sin(1.0), 1.0f64.sin());
        assert_eq!(cos(1.0), 1.0f64.cos());
        assert_eq!(asin(0.5), 0.5f64.asin());
        assert_eq!(acos(0.5), 0.5f64.acos());
        assert_eq!(atan2(1.0, -1.0), 1.0f64.atan2(-1.0));
        assert_eq!(hypot(3.0, 4.0), 5.0);
    }
}
