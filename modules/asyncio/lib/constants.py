"""Tuning values shared by asyncio's modules."""

# How many frames debug mode records of where a handle, future or task
# was made.
DEBUG_STACK_DEPTH = 10

# Seconds a TLS shutdown and a TLS handshake may take.
SSL_SHUTDOWN_TIMEOUT = 30.0
SSL_HANDSHAKE_TIMEOUT = 60.0

# Writes to a transport whose connection was lost before a warning is
# logged.
LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5

# Read buffer of the sendfile fallback: 256 KiB.
SENDFILE_FALLBACK_READBUFFER_SIZE = 256 * 1024

# Seconds before a failed accept() is tried again.
ACCEPT_RETRY_DELAY = 1

# TLS flow control high-water marks, in KiB.
FLOW_CONTROL_HIGH_WATER_SSL_READ = 256
FLOW_CONTROL_HIGH_WATER_SSL_WRITE = 512
