package app

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

// Main runs the program with the command-line arguments (without the
// program's name) and returns its exit status: 0 when all went well, 1 when
// the work failed, 2 for a mistake on the command line.
func Main(args []string) int {
	o, err := ParseArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Print(Usage)
		return 0
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "korea1950: %v (see korea1950 -h)\n", err)
		return 2
	}
	if o.Command == "render" {
		if err := renderFile(o); err != nil {
			fmt.Fprintln(os.Stderr, "korea1950 render:", err)
			return 1
		}
		return 0
	}
	switch o.Command {
	case "export":
		if err := runExport(o); err != nil {
			fmt.Fprintln(os.Stderr, "korea1950 export:", err)
			return 1
		}
		return 0
	case "validate":
		return runValidate(o, os.Stdout)
	case "inspect":
		return runInspect(o, os.Stdout, os.Stderr)
	}
	return runWindow(o)
}
