"""Use cases shared by the GUI and the CLI; plain callbacks, no Qt."""
