# Sourced by the scripts: puts the project's npm tools (wasm-opt) and cargo's bin folder on PATH.
_pw_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_pw_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
unset _pw_root
