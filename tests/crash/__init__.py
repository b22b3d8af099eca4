"""Crash safety: operations killed with SIGKILL at random moments lose and half-apply nothing."""
