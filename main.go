// Command korea1950 opens the Korea 1950 map and timeline, or draws it to a
// PNG with "korea1950 render". See "korea1950 -h".
package main

import (
	"os"

	"korea1950/app"
)

func main() {
	os.Exit(app.Main(os.Args[1:]))
}
