
# Added by scripts/completions.sh to the script ArgumentParser generates. bash splits
# `--answer action=cancel` at '=' (COMP_WORDBREAKS), while simguide completes question=value as one
# word: for the value of --answer the words are rebuilt split at blanks only, and the part bash keeps
# before the '=' is taken off each completion.
_simguide_answer_words() {
    local line="${COMP_LINE:0:COMP_POINT}"
    local -a words
    read -ra words <<< "${line}"
    [[ "${line}" =~ [[:space:]]$ ]] && words+=('')
    local -i last=$(( ${#words[@]} - 1 ))
    if (( last >= 2 )) && [[ "${words[last]}" == *=* && "${words[last-1]}" == --answer ]]; then
        local current="${words[last]}"
        COMP_WORDS=("${words[@]}")
        COMP_CWORD=${last}
        _simguide "${1}" "${current}" --answer
        COMPREPLY=("${COMPREPLY[@]#"${current%=*}="}")
    else
        _simguide "$@"
    fi
    # A question id ends in '=': the value follows without a space.
    if [[ ${#COMPREPLY[@]} -eq 1 && "${COMPREPLY[0]}" == *= ]]; then compopt -o nospace 2>/dev/null; fi
    return 0
}
complete -o filenames -F _simguide_answer_words simguide
