"""A voice turn as a stream of typed events; shared speech operations."""
