"""Roundups: recurring actors over a window, and when each channel gets one."""
