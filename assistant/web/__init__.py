"""The Gradio web app: `build_app` in app.py, plain handler functions beside it."""
