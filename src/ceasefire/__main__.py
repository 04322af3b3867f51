"""``python -m ceasefire`` runs the command line."""
from ceasefire.cli import app

app(prog_name="ceasefire")
