"""The files the app ships with, installed as the package ``supervisor_app.resources``.

The folder sits at the top of the repository; the build (setup.py) maps it into the package,
and ``supervisor_app.paths.resources_dir()`` finds it through ``importlib.resources``.
"""
