"""Survey-platform export fixtures, built by a seeded generator (``make_exports.build``)."""
