#!/bin/sh
# Builds the floor programs into .build/floor: the menu in bench/floor/menu.swift linked as the release
# binary is (--static-swift-stdlib) and fully static, with and without Foundation. Run it under the
# shared build lock; then compare them with bench/first_frame.py.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/.build/floor
mkdir -p "$out"
for foundation in 0 1; do
    defines=""; name=menu
    if [ $foundation = 1 ]; then defines="-DFOUNDATION"; name=menu-foundation; fi
    swiftc -O $defines -I "$root/Sources/CNcursesw" -static-stdlib -lncursesw -ltinfo \
        "$root/bench/floor/menu.swift" -o "$out/$name-static-stdlib"
    swiftc -O $defines -I "$root/Sources/CNcursesw" -static-executable -lncursesw -ltinfo \
        "$root/bench/floor/menu.swift" -o "$out/$name-static-executable" 2>/dev/null
done
ls -l "$out"
