"""The public frame around every page: hotline bar, exit control, sitemap, error pages."""
