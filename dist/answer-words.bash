
# Added by scripts/completions.sh to the script ArgumentParser generates. bash splits words at '=' and
# ':' (COMP_WORDBREAKS), so `--answer region=hk` would reach it as three words and throw off everything
# after it. The words are rebuilt here split at blanks only (quotes are not interpreted: only the
# words' boundaries matter); the part of the current word that bash keeps, up to its last '=' or ':', is
# taken off each completion; and values of --answer are not quoted as file names.
_simguide_answer_words() {
    local line="${COMP_LINE:0:COMP_POINT}"
    local -a words
    read -ra words <<< "${line}"
    [[ -z "${line}" || "${line}" =~ [[:space:]]$ ]] && words+=('')
    local -i last=$(( ${#words[@]} - 1 ))
    local current="${words[last]}" previous=''
    (( last >= 1 )) && previous="${words[last-1]}"
    COMP_WORDS=("${words[@]}")
    COMP_CWORD=${last}
    _simguide "${1}" "${current}" "${previous}"
    if [[ "${current}" == *[=:]* ]]; then
        local kept="${current%"${current##*[=:]}"}"
        COMPREPLY=("${COMPREPLY[@]#"${kept}"}")
    fi
    if [[ "${previous}" == --answer ]]; then compopt +o filenames 2>/dev/null; fi
    # A question id ends in '=': the value follows without a space.
    if [[ ${#COMPREPLY[@]} -eq 1 && "${COMPREPLY[0]}" == *= ]]; then compopt -o nospace 2>/dev/null; fi
    return 0
}
complete -o filenames -F _simguide_answer_words simguide
