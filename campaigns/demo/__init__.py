"""Demo content (`manage.py load_demo_data`), written from the domain's source documents."""
