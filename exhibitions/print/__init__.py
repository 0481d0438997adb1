"""Print files of the travelling exhibition: exhibit labels, the catalogue, tour posters."""
