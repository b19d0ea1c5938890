package cli

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
)

// bashCompletion asks relmap itself for the words that may follow, through
// urfave/cli's --generate-bash-completion.
const bashCompletion = `# bash completion for relmap; load with: source <(relmap completion bash)
_relmap_complete() {
  local cur words
  cur="${COMP_WORDS[COMP_CWORD]}"
  if [[ "$cur" == "-"* ]]; then
    words=$("${COMP_WORDS[@]:0:$COMP_CWORD}" "$cur" --generate-bash-completion 2>/dev/null)
  else
    words=$("${COMP_WORDS[@]:0:$COMP_CWORD}" --generate-bash-completion 2>/dev/null)
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o bashdefault -o default -F _relmap_complete relmap
`

// zshCompletion does the same for zsh.
const zshCompletion = `#compdef relmap
# zsh completion for relmap; load with: source <(relmap completion zsh)
_relmap() {
  local -a opts
  local cur
  cur=${words[-1]}
  if [[ "$cur" == "-"* ]]; then
    opts=("${(@f)$(${words[@]:0:#words[@]-1} ${cur} --generate-bash-completion 2>/dev/null)}")
  else
    opts=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion 2>/dev/null)}")
  fi
  if [[ "${opts[1]}" != "" ]]; then
    _describe 'values' opts
  else
    _files
  fi
}
if [ "$funcstack[1]" = "_relmap" ]; then
  _relmap "$@"
else
  compdef _relmap relmap
fi
`

func (e *env) completionCommand() *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print a shell completion script (bash, zsh or fish)",
		ArgsUsage: "bash|zsh|fish",
		Description: `Prints a script that teaches the shell to complete relmap's commands,
flags and canned query names. Load it in the current shell or install it.

Examples:
   source <(relmap completion bash)
   relmap completion bash > /etc/bash_completion.d/relmap
   relmap completion zsh > "${fpath[1]}/_relmap"
   relmap completion fish > ~/.config/fish/completions/relmap.fish`,
		BashComplete: func(c *cli.Context) {
			if c.NArg() == 0 {
				fmt.Fprintln(e.stdout, "bash\nzsh\nfish")
			}
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("completion: name one shell: bash, zsh or fish")
			}
			switch shell := c.Args().First(); shell {
			case "bash":
				_, err := fmt.Fprint(e.stdout, bashCompletion)
				return err
			case "zsh":
				_, err := fmt.Fprint(e.stdout, zshCompletion)
				return err
			case "fish":
				script, err := c.App.ToFishCompletion()
				if err != nil {
					return fmt.Errorf("completion: %w", err)
				}
				_, err = fmt.Fprint(e.stdout, strings.TrimRight(script, "\n")+"\n")
				return err
			default:
				return usagef("completion: unknown shell %q (shells: bash, zsh, fish)", shell)
			}
		},
	}
}
