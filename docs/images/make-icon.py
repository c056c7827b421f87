#!/usr/bin/env python3
"""Draws the package icon (icon.png, 128 x 128): rising bars of a county ranking, the highest in gold.

Standard library only, so anyone can regenerate it: python3 docs/images/make-icon.py
"""
import os
import struct
import zlib

SIZE = 128
BLUE = (31, 78, 121, 255)
WHITE = (255, 255, 255, 255)
GOLD = (242, 177, 52, 255)
CLEAR = (0, 0, 0, 0)


def inside_rounded_square(x, y, radius=20):
    cx = min(max(x, radius), SIZE - 1 - radius)
    cy = min(max(y, radius), SIZE - 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def colour(x, y):
    if not inside_rounded_square(x, y):
        return CLEAR
    bars = [(22, 40, 78, WHITE), (46, 64, 62, WHITE), (70, 88, 44, WHITE), (94, 112, 22, GOLD)]
    for left, right, top, fill in bars:
        if left <= x <= right and top <= y <= 106:
            return fill
    if 18 <= x <= 110 and 108 <= y <= 112:
        return WHITE
    return BLUE


def png(pixels):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"".join(bytes(colour(x, y)) for x in range(SIZE)) for y in range(SIZE))
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
    with open(target, "wb") as f:
        f.write(png(None))
