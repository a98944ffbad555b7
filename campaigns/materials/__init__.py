"""Prevention materials (leaflets, posters, videos...) with a print-ready file per language."""
