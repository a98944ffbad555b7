"""Real-looking demo content (`manage.py load_demo_data`), built from the domain's source documents."""
