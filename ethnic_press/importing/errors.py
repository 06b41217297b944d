class LineError(Exception):
    """A line of the import file that cannot be imported; the message is shown as `line N: message`."""
