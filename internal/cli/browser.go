package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/url"
	"os/exec"
	"strconv"
	"strings"

	"github.com/relmap/relmap/queries"
	"github.com/urfave/cli/v2"
)

// browserPort is the HTTP port at which Neo4j serves Browser.
const browserPort = "7474"

func (e *env) browserCommand() *cli.Command {
	return &cli.Command{
		Name:      "browser",
		Usage:     "print a Neo4j Browser URL that connects and opens a canned query",
		ArgsUsage: "[QUERY]",
		Description: `Prints a Neo4j Browser URL that fills in the connection (the --uri server,
the --username user and the --database) and, given a canned query name, puts
that query in the editor: first one :param line per parameter, then the
statement, so values still travel as parameters. Log in with the password
and run the editor (Ctrl+Enter): Browser sets the parameters and runs the
statement, listing each step. To see the graph, run the statement on its
own: the parameters stay set for the session. With --open the URL is
also opened with xdg-open, where it exists. Browser's address is
http://HOST:7474/browser/ for the --uri host unless --browser-url says
otherwise.

Examples:
   relmap browser
   relmap browser visits
   relmap browser path --param from=Putin --param to=Lankov --open
   relmap browser --browser-url https://neo4j.example.org/browser/ meetings`,
		Flags: append(queryParamFlags(),
			&cli.StringFlag{Name: "browser-url", Usage: "Neo4j Browser's address (default: http://HOST:7474/browser/ for the --uri host)", EnvVars: []string{"RELMAP_BROWSER_URL"}},
			&cli.BoolFlag{Name: "open", Usage: "open the URL with xdg-open"},
		),
		BashComplete: e.completeQueryNames,
		Action: func(c *cli.Context) error {
			q, params, err := canned(c, "browser", true)
			if err != nil {
				return err
			}
			var editor string
			if q.Name != "" {
				editor = BrowserEditorText(q, params)
			}
			u, err := BrowserURL(c.String("browser-url"), c.String("uri"), c.String("username"), c.String("database"), editor)
			if err != nil {
				return usageError{fmt.Errorf("browser: %w", err)}
			}
			fmt.Fprintln(e.stdout, u)
			if c.Bool("open") {
				opener, err := exec.LookPath("xdg-open")
				if err != nil {
					fmt.Fprintln(e.stderr, "relmap: browser: xdg-open not found; open the URL above yourself")
					return nil
				}
				cmd := exec.Command(opener, u)
				if err := cmd.Start(); err != nil {
					return fmt.Errorf("browser: run xdg-open: %w", err)
				}
				_ = cmd.Process.Release()
			}
			return nil
		},
	}
}

// BrowserURL returns the Neo4j Browser address that connects to the Bolt
// server boltURI as user, on database db (empty: the default), with editor
// (if not empty) put in the editor. base is Browser's address; empty means
// http://HOST:7474/browser/ for the host of boltURI. The password is never
// part of the URL.
func BrowserURL(base, boltURI, user, db, editor string) (string, error) {
	bolt, err := url.Parse(boltURI)
	if err != nil || bolt.Host == "" {
		return "", fmt.Errorf("cannot read the Neo4j URI %q", boltURI)
	}
	if base == "" {
		host := bolt.Hostname()
		if strings.Contains(host, ":") {
			host = "[" + host + "]"
		}
		scheme := "http"
		if strings.HasSuffix(bolt.Scheme, "+s") || strings.HasSuffix(bolt.Scheme, "+ssc") {
			scheme = "https"
		}
		base = scheme + "://" + net.JoinHostPort(strings.Trim(host, "[]"), browserPort) + "/browser/"
	}
	b, err := url.Parse(base)
	if err != nil || b.Host == "" {
		return "", fmt.Errorf("cannot read the Browser address %q", base)
	}
	dbms := url.URL{Scheme: bolt.Scheme, Host: bolt.Host}
	if user != "" {
		dbms.User = url.User(user)
	}
	v := url.Values{}
	v.Set("dbms", dbms.String())
	if db != "" {
		v.Set("db", db)
	}
	if editor != "" {
		v.Set("cmd", "edit")
		v.Set("arg", editor)
	}
	b.RawQuery = v.Encode()
	return b.String(), nil
}

// BrowserEditorText is what the Browser editor gets for query q with the
// bound params: a ":param name => value;" line per parameter, in declared
// order, then the statement. Browser runs the lines in turn.
func BrowserEditorText(q queries.Query, params map[string]any) string {
	var b strings.Builder
	for _, p := range q.Params {
		fmt.Fprintf(&b, ":param %s => %s;\n", p.Name, cypherLiteral(params[p.Name]))
	}
	b.WriteString(q.Cypher)
	return b.String()
}

// cypherLiteral writes a parameter value as a Cypher literal for Browser's
// :param command.
func cypherLiteral(v any) string {
	switch v := v.(type) {
	case string:
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(v)
		return strings.TrimSpace(b.String())
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		s := strconv.FormatFloat(v, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eEIN") {
			s += ".0"
		}
		return s
	case bool:
		return strconv.FormatBool(v)
	case nil:
		return "null"
	}
	return fmt.Sprint(v)
}
