#!/bin/sh
# make dist: from the release binary (built by 'make build'), a release archive and a Debian package in
# .build/dist, both runnable on a system without Swift.
# Usage: scripts/dist.sh VERSION
set -eu
version=$1
cd "$(dirname "$0")/.."
make=${MAKE:-make}
binary=.build/release/simguide
out=.build/dist

# The Swift runtime is linked in statically: nothing may come from the toolchain (or be missing). The
# default build (make build) links everything in; LINK=static-stdlib leaves the C libraries shared.
static=no
if ! readelf -l "$binary" | grep -q INTERP; then  # no program interpreter: a static executable
    static=yes
elif ldd "$binary" | grep -Ei 'swift|Foundation|dispatch|BlocksRuntime|not found'; then
    echo "dist: $binary needs the libraries above; build it with 'make build'" >&2
    exit 1
fi

rm -rf "$out"
mkdir -p "$out"
arch=$(dpkg --print-architecture 2>/dev/null || uname -m)

# The archive: bin/, share/ and the docs in one folder; it runs where it is unpacked (the binary finds
# ../share/simguide/flow), or is unpacked into /usr/local, which its man page names.
name=simguide-$version-linux-$(uname -m)
"$make" -s install DESTDIR="$PWD/$out/archive-stage" PREFIX=/usr/local
mv "$out/archive-stage/usr/local" "$out/$name"
rm -rf "$out/archive-stage"
cp README.md LICENSE "$out/$name/"
tar -C "$out" --owner=0 --group=0 --numeric-owner --sort=name -czf "$out/$name.tar.gz" "$name"

# The Debian package: /usr, zsh completions where Debian's zsh looks, the licence as the copyright file.
root=$out/deb/debian/simguide  # where dpkg-shlibdeps expects a package being built
"$make" -s install DESTDIR="$PWD/$root" PREFIX=/usr ZSH_COMPLETIONS=/usr/share/zsh/vendor-completions
mv "$root/usr/share/doc/simguide/LICENSE" "$root/usr/share/doc/simguide/copyright"
mkdir -p "$root/DEBIAN" "$out/deb/debian"
# dpkg-shlibdeps reads the libraries the binary links and names the packages that hold them (-e takes
# its file attached: `-e FILE` would warn that the binary is not in its package's directory).
# A static binary needs no library; it reads the terminal database of ncurses-base (essential on Debian).
printf 'Source: simguide\n\nPackage: simguide\nArchitecture: any\n' > "$out/deb/debian/control"
if [ "$static" = yes ]; then
    depends=ncurses-base
else
    depends=$(cd "$out/deb" && dpkg-shlibdeps -O -edebian/simguide/usr/bin/simguide | sed -n 's/^shlibs:Depends=//p')
    [ -n "$depends" ] || { echo "dist: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
fi
cat > "$root/DEBIAN/control" <<CONTROL
Package: simguide
Version: $version
Architecture: $arch
Maintainer: simguide maintainers <maintainers@users.noreply.b-seed-d8e4eb7f.example>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Section: utils
Priority: optional
Description: plan the cancellation or renewal of a foreign SIM card
 simguide asks a few questions in the terminal (cancel or renew, region,
 carrier, card type, whether you are abroad) and prints a tailored plan:
 steps in order, channels, documents, fees, deadlines, official contacts and
 the sources of every fact. France, Hong Kong, Macau, New Caledonia, the
 United Kingdom and the United States; Simplified and Traditional Chinese and
 English. Full-screen wizard (ncurses), line mode, and a plan command.
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$root" "$out/simguide_${version}_$arch.deb" >/dev/null

echo "dist: Depends: $depends"
cd "$out"
ls -l "$name.tar.gz" "simguide_${version}_$arch.deb" | awk '{ printf "dist: %s %s bytes (%.1f MB)\n", $9, $5, $5 / 1048576 }'
