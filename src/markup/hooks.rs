//! The contract between the markup writers, the listeners in `ui/` and the CSS.
