#!/bin/bash
# make distcheck: the "fresh machine" proof. Installs the .deb from 'make dist' into a clean Debian 12
# (bookworm) root made by debootstrap, uses it there as a new user would (version, a plan, the wizard in
# tmux to a plan in Chinese, the man page, a completion), then removes it and checks that nothing is
# left but the user's own saved sessions. The root is kept in .build/distcheck-root between runs
# (debootstrap is slow); the package is installed afresh every time. Needs root (debootstrap, chroot).
# Usage: scripts/distcheck.sh VERSION
set -euo pipefail
version=$1
cd "$(dirname "$0")/.."
root=$PWD/.build/distcheck-root
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
# What a new user's machine has besides the minimal base: a terminal multiplexer to drive the wizard,
# man, and bash completion. simguide is one static binary: it must run there without adding a library.
# The root is rebuilt when this list changes. zsh and fish (which do need it) come after simguide.
base_packages=tmux,man-db,bash-completion
later_packages="zsh fish"
arch=$(dpkg --print-architecture)
deb=.build/dist/simguide_${version}_$arch.deb

say() { printf '\n== distcheck: %s\n' "$*"; }
fail() { printf 'distcheck: FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "needs root (debootstrap, chroot, mount); run: sudo make distcheck"
[ -f "$deb" ] || fail "$deb is missing; run make dist"

if [ "$(cat "$root.ready" 2>/dev/null)" != "$base_packages" ] || [ ! -d "$root/usr" ]; then
    command -v debootstrap >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
    say "debootstrap bookworm into $root (cached for the next runs)"
    rm -rf "$root" "$root.tmp" "$root.ready"
    debootstrap --variant=minbase --include="$base_packages" bookworm "$root.tmp" "$mirror" >/dev/null
    chroot "$root.tmp" useradd --create-home --shell /bin/bash lihua
    mv "$root.tmp" "$root"
    echo "$base_packages" > "$root.ready"
fi

# /proc and the host's pseudo-terminals (tmux needs them), unmounted on every way out.
mounted=()
cleanup() {
    # A tmux server this run started, should it have been interrupted while one was up.
    chroot --userspec=lihua:lihua "$root" tmux -L distcheck kill-server 2>/dev/null || true
    for (( i=${#mounted[@]} - 1; i >= 0; i-- )); do umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}"; done
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --bind /dev/pts "$root/dev/pts" && mounted+=("$root/dev/pts")

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
# As the user lihua, with a login-like environment and no Swift anywhere.
as_user() { chroot --userspec=lihua:lihua "$root" env -i HOME=/home/lihua USER=lihua PATH=/usr/bin:/bin LANG=C.UTF-8 TERM=xterm-256color "$@"; }

say "a clean start: no simguide, no Swift"
in_root dpkg --purge simguide $later_packages >/dev/null 2>&1 || true
in_root apt-get autoremove --purge -y -qq >/dev/null
rm -rf "$root/home/lihua/.local/state/simguide" "$root/home/lihua/.local/share/fish"
in_root sh -c 'command -v swift || echo "no swift"; dpkg -s libncursesw6 2>/dev/null | grep -q "ok installed" && echo "libncursesw6 present" || echo "libncursesw6 not installed"'

say "install $(basename "$deb") (dpkg -i, then apt-get install -f for its Depends)"
cp "$deb" "$root/tmp/simguide.deb"
in_root apt-get update -qq
in_root dpkg -i /tmp/simguide.deb >/dev/null 2>&1 || echo "dpkg -i stopped on missing dependencies, as expected on a fresh system"
in_root apt-get install -f -y -qq 2>&1 | grep '^Setting up' || true
rm -f "$root/tmp/simguide.deb"
in_root dpkg-query -W -f='${Package} ${Version} ${Status}\nDepends: ${Depends}\n' simguide
in_root dpkg -s simguide | grep -q 'install ok installed' || fail "simguide is not installed"
in_root sh -c 'ldd /usr/bin/simguide | grep -Ei "swift|not found" && exit 1 || echo "ldd: no Swift library, nothing missing"'

say "simguide --version"
as_user simguide --version

say "simguide plan (Free Mobile, from abroad, in Chinese; first lines)"
as_user simguide plan --answer action=cancel --answer region=fr --answer carrier=free \
    --answer card_type=postpaid --answer abroad=yes --lang zh > "$root/tmp/plan.txt"
head -n 12 "$root/tmp/plan.txt"
grep -q '你的计划' "$root/tmp/plan.txt" || fail "the plan is not in Chinese"

say "the wizard in tmux (80x24), Chinese, to the plan screen"
as_user tmux -L distcheck new-session -d -x 80 -y 24 'LANG=zh_CN.UTF-8 simguide; echo "rc=$?"; sleep 30'
screen() { as_user tmux -L distcheck capture-pane -p -t 0; }
wait_for() { for _ in $(seq 50); do screen | grep -q "$1" && return 0; sleep 0.1; done; screen; fail "no '$1' on the screen"; }
wait_for '你想对这张卡做什么'
for key in Enter 2 Enter Enter Enter; do as_user tmux -L distcheck send-keys -t 0 "$key"; sleep 0.3; done
wait_for '你的计划'
screen
as_user tmux -L distcheck send-keys -t 0 q
wait_for 'rc=0'
as_user tmux -L distcheck kill-server

say "man simguide (first lines, and the sections added to the generated page)"
as_user env MANWIDTH=80 MANPAGER=cat man simguide > "$root/tmp/man.txt" 2>&1
head -n 8 "$root/tmp/man.txt"
grep -E '^(EXIT STATUS|ENVIRONMENT|FILES|ANSWERS FILE|THE FLOW FORMAT)' "$root/tmp/man.txt"
grep -q '^EXIT STATUS' "$root/tmp/man.txt" || fail "man simguide did not show the page"

say "completions: Tab pressed in bash, zsh and fish (in tmux), after 'simguide plan --answer region=hk --answer carrier='"
in_root apt-get install -y -qq --no-install-recommends $later_packages >/dev/null 2>&1 || fail "cannot install $later_packages"
# zsh completes only after compinit, which a new user's ~/.zshrc would run.
echo 'autoload -Uz compinit && compinit' > "$root/home/lihua/.zshrc"
in_root chown lihua:lihua /home/lihua/.zshrc
for shell in bash zsh fish; do
    as_user tmux -L distcheck new-session -d -x 100 -y 10 "$shell"
    sleep 1
    as_user tmux -L distcheck send-keys -t 0 -l -- 'simguide plan --answer region=hk --answer carrier='
    as_user tmux -L distcheck send-keys -t 0 Tab
    [ "$shell" = bash ] && as_user tmux -L distcheck send-keys -t 0 Tab  # bash lists on the second Tab
    sleep 1.5
    as_user tmux -L distcheck capture-pane -p -t 0 | grep -v '^$' | grep -v -i 'fish\|help for' > "$root/tmp/completion.txt" || true
    as_user tmux -L distcheck kill-server
    printf -- '-- %s:\n' "$shell"
    cat "$root/tmp/completion.txt"
    grep -q smartone "$root/tmp/completion.txt" && ! grep -q orange "$root/tmp/completion.txt" \
        || fail "$shell did not complete Hong Kong's carriers"
done

say "the release archive, unpacked in the user's home, runs where it is"
archive=.build/dist/simguide-$version-linux-$(uname -m).tar.gz
as_user tar -C /home/lihua -xzf - < "$archive"
as_user sh -c "cd /home/lihua/simguide-$version-linux-$(uname -m) && ./bin/simguide --version && ./bin/simguide plan --answer action=renew --answer region=hk --answer carrier=csl --answer card_type=keep --answer abroad=yes --lang en | head -n 1 && MANWIDTH=80 man -l share/man/man1/simguide.1.gz | grep '^EXIT STATUS'"
rm -rf "$root/home/lihua/simguide-$version-linux-$(uname -m)"

say "remove the package (apt-get purge, autoremove)"
in_root apt-get purge -y -qq simguide >/dev/null
in_root apt-get purge -y -qq $later_packages >/dev/null
in_root apt-get autoremove --purge -y -qq >/dev/null
rm -f "$root/tmp/plan.txt" "$root/tmp/man.txt" "$root/tmp/completion.txt"
# Outside the user's home nothing may be left; in it, what the user's programs made is theirs: the saved
# session, and the completions fish's first start generates from man pages for its own cache.
left=$(cd "$root" && find . -xdev \( -path ./proc -o -path ./dev \) -prune -o -iname '*simguide*' -print | sort)
printf 'left on the system:\n%s\n' "${left:-(nothing)}"
outside=$(printf '%s\n' "$left" | grep -v '^./home/lihua/' | grep -c . || true)
[ "$outside" = 0 ] || fail "files are left outside the user's home"
(cd "$root/home/lihua/.local/state/simguide" && find . -type f | sed 's/^/  the user'"'"'s saved session: /')

say "passed"
