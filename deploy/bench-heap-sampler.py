#!/usr/bin/env python3
"""Samples the heap of running JVMs from their hsperfdata files (no attach, no JVM per sample; deploy/bench-draw-e2e.sh).

    bench-heap-sampler.py OUT INTERVAL NAME=PID [NAME=PID ...]

Appends one line per sample to OUT: "<epoch> <load1> name:used_kb:capacity_kb ..." where used is the sum of every
generation space's used bytes (S0, S1, eden, old) and capacity the committed heap. Runs until killed.
"""
import os
import struct
import sys
import time


def counters(pid):
    path = f"/tmp/hsperfdata_{os.getenv('USER') or 'root'}/{pid}"
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return None
    order = ">" if data[4] == 0 else "<"
    entry_offset, num_entries = struct.unpack_from(order + "ii", data, 24)
    used = capacity = 0
    off = entry_offset
    for _ in range(num_entries):
        length, name_off, vector_len, dtype, _flags, _units, _var, data_off = struct.unpack_from(
            order + "iiicccci", data, off)
        if length <= 0:
            break
        end = data.index(b"\0", off + name_off)
        name = data[off + name_off:end].decode("ascii", "replace")
        if dtype == b"J" and vector_len == 0 and name.startswith("sun.gc.generation.") and ".space." in name:
            value = struct.unpack_from(order + "q", data, off + data_off)[0]
            if name.endswith(".used"):
                used += value
            elif name.endswith(".capacity"):
                capacity += value
        off += length
    return used // 1024, capacity // 1024


def main():
    out, interval, procs = sys.argv[1], float(sys.argv[2]), [a.split("=", 1) for a in sys.argv[3:]]
    with open(out, "a", buffering=1) as w:
        while True:
            with open("/proc/loadavg") as f:
                load = f.read().split()[0]
            parts = []
            for name, pid in procs:
                c = counters(pid)
                if c is not None:
                    parts.append(f"{name}:{c[0]}:{c[1]}")
            w.write(f"{time.time():.1f} {load} {' '.join(parts)}\n")
            time.sleep(interval)


if __name__ == "__main__":
    main()
