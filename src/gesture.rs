//! Pointer gestures on the map, as a small state machine: drag to pan, two fingers to
//! pinch, and a press that does not move is a tap (the click selects a country).

use crate::geo::ScreenPoint;
use crate::world::Direction;

/// How far a pointer may wander, in CSS pixels, before a press becomes a drag.
pub const DRAG_THRESHOLD_PX: f64 = 4.0;

/// Overlay shapes (markers and flows) beyond which a drag moves a picture of the map
/// instead of redrawing it on every move. Repainting a few hundred shapes fits in a frame;
/// 4,000 (the benchmark's stress fixture) took 150 ms a frame in software rendering. The
/// real data draws about a hundred, so its drags stay live.
pub const PICTURE_PAN_MIN_SHAPES: u32 = 600;

/// True when a drag over a map with `overlay_shapes` markers and flows should move a
/// picture of it (committed when the drag ends) rather than redraw it on each move.
pub fn pans_as_picture(overlay_shapes: u32) -> bool {
    overlay_shapes >= PICTURE_PAN_MIN_SHAPES
}

/// What a pointer move asks the camera to do.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Motion {
    /// Nothing (below the drag threshold, or an unknown pointer).
    None,
    /// Move the map by this many pixels.
    Pan {
        /// Horizontal pixels.
        dx: f64,
        /// Vertical pixels.
        dy: f64,
    },
    /// Move the map by `dx`, `dy`, then zoom by `factor` around `anchor`.
    Pinch {
        /// Horizontal pixels of the fingers' midpoint.
        dx: f64,
        /// Vertical pixels of the fingers' midpoint.
        dy: f64,
        /// Ratio of the new to the old finger distance.
        factor: f64,
        /// The fingers' new midpoint.
        anchor: ScreenPoint,
    },
}

/// The pointers currently pressed on the map.
#[derive(Clone, Debug, Default)]
pub struct Gestures {
    pointers: Vec<(i32, ScreenPoint)>,
    pressed_at: Option<ScreenPoint>,
    dragging: bool,
}

impl Gestures {
    /// A pointer was pressed.
    pub fn down(&mut self, id: i32, at: ScreenPoint) {
        self.pointers.retain(|(p, _)| *p != id);
        self.pointers.push((id, at));
        if self.pointers.len() == 1 {
            self.pressed_at = Some(at);
            self.dragging = false;
        } else {
            // A second finger always means a gesture, never a tap.
            self.dragging = true;
        }
    }

    /// A pressed pointer moved; returns what the camera should do.
    pub fn moved(&mut self, id: i32, to: ScreenPoint) -> Motion {
        let Some(index) = self.pointers.iter().position(|(p, _)| *p == id) else {
            return Motion::None;
        };
        let from = self.pointers[index].1;
        if !self.dragging {
            let start = self.pressed_at.unwrap_or(from);
            if start.distance(to) < DRAG_THRESHOLD_PX {
                return Motion::None;
            }
            self.dragging = true;
        }
        let motion = match self.pointers.len() {
            1 => Motion::Pan {
                dx: to.x - from.x,
                dy: to.y - from.y,
            },
            _ => {
                let other = self.pointers[if index == 0 { 1 } else { 0 }].1;
                let old_mid = from.midpoint(other);
                let new_mid = to.midpoint(other);
                let old_dist = from.distance(other).max(1.0);
                let new_dist = to.distance(other).max(1.0);
                Motion::Pinch {
                    dx: new_mid.x - old_mid.x,
                    dy: new_mid.y - old_mid.y,
                    factor: new_dist / old_dist,
                    anchor: new_mid,
                }
            }
        };
        self.pointers[index].1 = to;
        motion
    }

    /// A pointer was released or cancelled. Returns true when the gesture has ended and
    /// it was a drag (so the caller can store the new view).
    pub fn up(&mut self, id: i32) -> bool {
        self.pointers.retain(|(p, _)| *p != id);
        if self.pointers.is_empty() {
            let was_drag = self.dragging;
            self.pressed_at = None;
            return was_drag;
        }
        false
    }

    /// True while pointers move the map (past the threshold, or two fingers).
    pub fn is_dragging(&self) -> bool {
        self.dragging && !self.pointers.is_empty()
    }

    /// How many pointers are pressed.
    pub fn pointer_count(&self) -> usize {
        self.pointers.len()
    }

    /// True when the last completed press moved the map, so the click it causes must not
    /// select a country.
    pub fn was_drag(&self) -> bool {
        self.dragging
    }
}

/// What a wheel turn over the map does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WheelAction {
    /// Zoom the map.
    Zoom,
    /// Leave the event to the page, which scrolls (and show how to zoom instead).
    ScrollPage,
}

/// Cooperative gestures: in an embed the wheel scrolls the host page unless Ctrl or ⌘ is
/// held, so the map never traps the page's scrolling.
pub fn wheel_action(embedded: bool, modifier_held: bool) -> WheelAction {
    if embedded && !modifier_held {
        WheelAction::ScrollPage
    } else {
        WheelAction::Zoom
    }
}

/// Whether a drag with `touches` fingers moves the map: in an embed one finger scrolls
/// the host page, so only two fingers move the map there.
pub fn touch_moves_map(embedded: bool, touches: usize) -> bool {
    !embedded || touches >= 2
}

/// How many pixels the map pans for one Shift+arrow press of `px` pixels: the map moves
/// towards the arrow's side, so its content slides the other way.
pub fn key_pan(direction: Direction, px: f64) -> (f64, f64) {
    match direction {
        Direction::Left => (px, 0.0),
        Direction::Right => (-px, 0.0),
        Direction::Up => (0.0, px),
        Direction::Down => (0.0, -px),
    }
}

/// A wheel event's vertical turn in CSS pixels: `delta_mode` 1 counts lines (about 33 px
/// each) and 2 pages (about 400 px); 0 is already pixels.
pub fn wheel_pixels(delta_y: f64, delta_mode: u32) -> f64 {
    match delta_mode {
        1 => delta_y * 33.0,
        2 => delta_y * 400.0,
        _ => delta_y,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: f64, y: f64) -> ScreenPoint {
        ScreenPoint::new(x, y)
    }

    #[test]
    fn only_busy_maps_pan_as_a_picture() {
        assert!(!pans_as_picture(0));
        assert!(!pans_as_picture(150));
        assert!(!pans_as_picture(PICTURE_PAN_MIN_SHAPES - 1));
        assert!(pans_as_picture(PICTURE_PAN_MIN_SHAPES));
        assert!(pans_as_picture(4_092));
    }

    #[test]
    fn a_press_that_stays_put_is_a_tap() {
        let mut g = Gestures::default();
        g.down(1, at(10.0, 10.0));
        assert_eq!(g.moved(1, at(11.0, 11.0)), Motion::None);
        assert!(!g.up(1));
        assert!(!g.was_drag());
    }

    #[test]
    fn a_press_that_moves_pans_by_the_pointer_delta() {
        let mut g = Gestures::default();
        g.down(1, at(10.0, 10.0));
        assert_eq!(
            g.moved(1, at(20.0, 15.0)),
            Motion::Pan { dx: 10.0, dy: 5.0 }
        );
        assert_eq!(g.moved(1, at(22.0, 15.0)), Motion::Pan { dx: 2.0, dy: 0.0 });
        assert!(g.up(1));
        assert!(g.was_drag());
    }

    #[test]
    fn two_fingers_moving_apart_zoom_in_around_their_midpoint() {
        let mut g = Gestures::default();
        g.down(1, at(100.0, 100.0));
        g.down(2, at(200.0, 100.0));
        match g.moved(2, at(300.0, 100.0)) {
            Motion::Pinch {
                factor, anchor, dx, ..
            } => {
                assert!((factor - 2.0).abs() < 1e-9);
                assert_eq!(anchor, at(200.0, 100.0));
                assert!((dx - 50.0).abs() < 1e-9);
            }
            other => panic!("expected a pinch, got {other:?}"),
        }
        assert!(!g.up(2));
        assert!(g.up(1));
    }

    /// The threshold itself already drags: a move of exactly 4 px moves the map.
    #[test]
    fn a_move_of_exactly_the_threshold_is_a_drag() {
        let mut g = Gestures::default();
        g.down(1, at(10.0, 10.0));
        assert_eq!(
            g.moved(1, at(10.0, 10.0 + DRAG_THRESHOLD_PX)),
            Motion::Pan {
                dx: 0.0,
                dy: DRAG_THRESHOLD_PX
            }
        );
    }

    /// A pinch whose fingers also move down carries the midpoint's vertical move.
    #[test]
    fn two_fingers_moving_down_pan_the_map_down() {
        let mut g = Gestures::default();
        g.down(1, at(100.0, 100.0));
        g.down(2, at(200.0, 100.0));
        match g.moved(2, at(200.0, 160.0)) {
            Motion::Pinch { dx, dy, anchor, .. } => {
                assert_eq!((dx, dy), (0.0, 30.0));
                assert_eq!(anchor, at(150.0, 130.0));
            }
            other => panic!("expected a pinch, got {other:?}"),
        }
    }

    /// Dragging lasts from the move past the threshold (or the second finger) until the
    /// last pointer is up.
    #[test]
    fn dragging_lasts_while_a_moved_pointer_is_down() {
        let mut g = Gestures::default();
        assert!(!g.is_dragging());
        g.down(1, at(0.0, 0.0));
        assert!(!g.is_dragging(), "a press alone is not a drag");
        g.moved(1, at(1.0, 0.0));
        assert!(!g.is_dragging(), "below the threshold");
        g.moved(1, at(30.0, 0.0));
        assert!(g.is_dragging());
        g.up(1);
        assert!(!g.is_dragging(), "every pointer is up");
        assert!(g.was_drag(), "the click that follows must not select");
        g.down(1, at(0.0, 0.0));
        g.down(2, at(50.0, 0.0));
        assert!(g.is_dragging(), "two fingers are a gesture at once");
    }

    #[test]
    fn in_an_embed_the_wheel_scrolls_the_page_unless_a_modifier_is_held() {
        assert_eq!(wheel_action(true, false), WheelAction::ScrollPage);
        assert_eq!(wheel_action(true, true), WheelAction::Zoom);
        assert_eq!(wheel_action(false, false), WheelAction::Zoom);
    }

    #[test]
    fn in_an_embed_one_finger_scrolls_the_page_and_two_move_the_map() {
        assert!(!touch_moves_map(true, 1));
        assert!(touch_moves_map(true, 2));
        assert!(touch_moves_map(false, 1));
    }

    /// The number of pointers down, for the embed rule.
    #[test]
    fn pointers_are_counted() {
        let mut g = Gestures::default();
        g.down(1, at(0.0, 0.0));
        g.down(2, at(5.0, 5.0));
        assert_eq!(g.pointer_count(), 2);
        g.up(1);
        assert_eq!(g.pointer_count(), 1);
    }

    #[test]
    fn moves_of_unknown_pointers_are_ignored() {
        let mut g = Gestures::default();
        assert_eq!(g.moved(7, at(0.0, 0.0)), Motion::None);
    }

    #[test]
    fn shift_arrows_pan_towards_the_arrow() {
        assert_eq!(key_pan(Direction::Left, 80.0), (80.0, 0.0));
        assert_eq!(key_pan(Direction::Right, 80.0), (-80.0, 0.0));
        assert_eq!(key_pan(Direction::Up, 80.0), (0.0, 80.0));
        assert_eq!(key_pan(Direction::Down, 80.0), (0.0, -80.0));
    }

    #[test]
    fn wheel_lines_and_pages_become_pixels() {
        assert_eq!(wheel_pixels(3.0, 0), 3.0);
        assert_eq!(wheel_pixels(3.0, 1), 99.0);
        assert_eq!(wheel_pixels(-1.0, 2), -400.0);
    }
}
