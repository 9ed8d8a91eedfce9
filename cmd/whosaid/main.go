//go:build !(js && wasm)

// Command whosaid finds who said what in news articles. It serves the app,
// builds it as a static site, and runs the engine on files from the command
// line.
//
//	whosaid serve [--addr 127.0.0.1:8000]   the app on localhost
//	whosaid build DIR                       the app as a static site
//	whosaid extract [--format F] FILE...    annotations as JSON, JSON Lines, CSV or JSON-LD
//	whosaid eval --polnear DIR ...          precision, recall and F1 on annotated corpora
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one subcommand. run gets the arguments after the command's name
// and returns the process exit code.
type command struct {
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// commands is filled by each command's file in an init function.
var commands = map[string]command{}

func main() {
	os.Exit(dispatch(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func dispatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "whosaid: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return c.run(args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: whosaid COMMAND [options] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'whosaid COMMAND -h' for a command's options.")
}
