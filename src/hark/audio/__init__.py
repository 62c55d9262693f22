"""Audio: PCM conversion, file I/O, resampling, endpointing, denoise."""

from hark.audio.io import SAMPLE_RATE, read_audio, read_pcm16, to_pcm16, write_audio

__all__ = ["SAMPLE_RATE", "read_audio", "read_pcm16", "to_pcm16", "write_audio"]
