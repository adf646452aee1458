"""The one exception the promise set's rules raise; views show its message to the user."""


class PromiseSetError(Exception):
    """A change the rules of a promise set refuse. The message is Swedish, for the user."""
