//! Pure geometry: coordinate spaces, the Equal Earth projection, rings (unwrapping,
//! area, orientation) and their antimeridian cut, SVG path strings, the frames a picture
//! shows (with the app's framing policy) and the camera that maps the projected plane
//! onto the screen. The app, the static pictures and the build tools all use it.
//!
//! Three coordinate spaces appear here and each has its own type:
//! - [`LonLat`]: longitude and latitude in degrees (WGS84), as in GeoJSON;
//! - [`PlanePoint`]: the projected world plane in SVG user units, x to the right and
//!   y **down**, the whole world [`PLANE_WIDTH`] units wide and centred on (0, 0);
//! - [`ScreenPoint`]: CSS pixels relative to the top-left corner of the map element.
//!
//! Nothing in this module imports leptos or web-sys.

pub mod antimeridian;
pub mod bounds;
pub mod camera;
pub mod coords;
pub mod frame;
pub mod great_circle;
pub mod math;
pub mod path;
pub mod projection;
pub mod ring;
pub mod simplify;
pub mod topojson;

pub use bounds::Bounds;
pub use camera::Camera;
pub use coords::{LonLat, PlanePoint, ScreenPoint};
pub use projection::{EqualEarth, PLANE_WIDTH};
