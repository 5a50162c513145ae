package userstate_test

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"korea1950/app/userstate"
)

// Environment of the child process that TestCrash kills.
const (
	crashDBEnv   = "USERSTATE_CRASH_DB"   // the file the child writes
	crashRunEnv  = "USERSTATE_CRASH_RUN"  // the repetition, so keys differ between runs on one file
	crashSeedEnv = "USERSTATE_CRASH_SEED" // set to repeat a failed TestCrash
)

// crashBookmark is the bookmark the child adds at step i of run r.
func crashBookmark(r, i int) userstate.Bookmark {
	return userstate.Bookmark{
		Name: fmt.Sprintf("b%d-%d", r, i),
		Date: time.Date(1950, 6, 25, 4, 0, 0, 0, time.UTC).Add(time.Duration(r*1000+i)*time.Minute + time.Duration(i)),
		View: userstate.View{Lon: 124 + float64(i%60)/10, Lat: 34 + float64(r%70)/10, MetresPerPixel: 1 + float64(i)},
	}
}

// TestCrashChild is the child process of TestCrash: it writes until it is
// killed and prints a line for each write only after the write returned.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashDBEnv)
	if path == "" {
		t.Skip("the child process of TestCrash")
	}
	r, _ := strconv.Atoi(os.Getenv(crashRunEnv))
	s, err := userstate.Open(path)
	if err != nil {
		fmt.Printf("ERR %v\n", err)
		os.Exit(3)
	}
	for i := 0; ; i++ {
		var line string
		switch i % 3 {
		case 0:
			b, err := s.AddBookmark(crashBookmark(r, i))
			if err != nil {
				fmt.Printf("ERR %v\n", err)
				os.Exit(3)
			}
			line = fmt.Sprintf("B %d %s", i, b.ID)
		case 1:
			if err := s.SetSetting(fmt.Sprintf("k%d-%d", r, i), fmt.Sprintf("v%d", i)); err != nil {
				fmt.Printf("ERR %v\n", err)
				os.Exit(3)
			}
			line = fmt.Sprintf("S %d", i)
		case 2: // the same key again and again: the file must hold the latest
			if err := s.SetSetting("counter", strconv.Itoa(r*1_000_000+i)); err != nil {
				fmt.Printf("ERR %v\n", err)
				os.Exit(3)
			}
			line = fmt.Sprintf("C %d", i)
		}
		fmt.Println(line) // one write to the pipe, after the store's write returned
	}
}

// crashExpect is what the killed children confirmed, over the runs on one file.
type crashExpect struct {
	bookmarks map[string]userstate.Bookmark // by id
	settings  map[string]string
	counter   int // the last counter confirmed; -1 for none
}

// TestCrash kills a child process that is writing to the store at random
// moments, 100 times (20 with -short), on fresh and on reused files, and
// checks that every write the child confirmed is in the file.
func TestCrash(t *testing.T) {
	runs := 100
	if testing.Short() {
		runs = 20
	}
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv(crashSeedEnv); s != "" {
		var err error
		if seed, err = strconv.ParseUint(s, 10, 64); err != nil {
			t.Fatalf("%s=%q: %v", crashSeedEnv, s, err)
		}
	}
	t.Logf("seed %d (repeat with %s=%d)", seed, crashSeedEnv, seed)
	rng := rand.New(rand.NewPCG(seed, 1950))

	dir := t.TempDir()
	var path string
	var want crashExpect
	reused := 0
	for r := range runs {
		if r == 0 || rng.IntN(2) == 0 {
			path = filepath.Join(dir, fmt.Sprintf("run%03d.db", r))
			want = crashExpect{bookmarks: map[string]userstate.Bookmark{}, settings: map[string]string{}, counter: -1}
		} else {
			reused++
		}
		// Kill after some confirmed writes and a pause, so that the kill
		// lands anywhere: often within a write, which takes ~100 µs here.
		lines := rng.IntN(40)
		pause := time.Duration(rng.IntN(3000)) * time.Microsecond
		if rng.IntN(2) == 0 {
			pause = time.Duration(rng.IntN(200)) * time.Microsecond
		}
		got := crashRun(t, path, r, lines, pause, &want)
		t.Logf("run %d: %s, killed after %d lines (+%v), %d confirmed", r, filepath.Base(path), lines, pause, got)
		crashCheck(t, path, r, &want)
		if t.Failed() {
			t.Fatalf("run %d failed (seed %d)", r, seed)
		}
	}
	if reused == 0 {
		t.Errorf("no run reused a file")
	}
}

// crashRun starts a child writing to path, kills it after it printed the
// given number of lines and a pause, and adds every write it confirmed to
// want. It returns how many writes were confirmed.
func crashRun(t *testing.T, path string, r, lines int, pause time.Duration, want *crashExpect) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashDBEnv+"="+path, crashRunEnv+"="+strconv.Itoa(r))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	rd := bufio.NewReader(out)
	confirmed := 0
	confirm := func(line string) {
		if strings.HasPrefix(line, "ERR ") {
			t.Errorf("run %d: child: %s", r, line)
			return
		}
		f := strings.Fields(line)
		if len(f) < 2 || len(f[0]) != 1 || !strings.Contains("BSC", f[0]) {
			return // not ours: the test framework's output
		}
		i, err := strconv.Atoi(f[1])
		if err != nil || f[0] == "B" && len(f) != 3 {
			t.Errorf("run %d: bad line %q", r, line)
			return
		}
		confirmed++
		switch f[0] {
		case "B":
			b := crashBookmark(r, i)
			b.ID = f[2]
			want.bookmarks[b.ID] = b
		case "S":
			want.settings[fmt.Sprintf("k%d-%d", r, i)] = fmt.Sprintf("v%d", i)
		case "C":
			want.counter = r*1_000_000 + i
		}
	}
	for n := 0; n < lines; n++ {
		line, err := rd.ReadString('\n')
		if err != nil {
			break // the child died by itself: Wait below says why
		}
		confirm(strings.TrimSuffix(line, "\n"))
	}
	time.Sleep(pause)
	_ = cmd.Process.Kill() // SIGKILL on Unix
	for {                  // what the child printed before it died counts too
		line, err := rd.ReadString('\n')
		if err != nil {
			break // a line without its newline was never finished
		}
		confirm(strings.TrimSuffix(line, "\n"))
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != -1 {
		t.Errorf("run %d: child ended with %v, not by the kill; stderr:\n%s", r, err, stderr.String())
	}
	return confirmed
}

// crashCheck opens path and checks that it holds everything in want.
func crashCheck(t *testing.T, path string, r int, want *crashExpect) {
	t.Helper()
	s, err := userstate.Open(path)
	if err != nil {
		t.Fatalf("run %d: reopening after the kill: %v", r, err)
	}
	defer s.Close()
	for _, p := range s.Problems() {
		// Only a write cut off by the kill may be reported; it was never confirmed.
		if !strings.Contains(p, ".cut-") {
			t.Errorf("run %d: problem: %s", r, p)
		}
	}
	if broken, _ := filepath.Glob(path + ".broken-*"); len(broken) > 0 {
		t.Errorf("run %d: file was moved aside: %q", r, broken)
	}
	all, err := s.Bookmarks()
	if err != nil {
		t.Fatalf("run %d: %v", r, err)
	}
	have := map[string]userstate.Bookmark{}
	for _, b := range all {
		have[b.ID] = b
	}
	for id, w := range want.bookmarks {
		b, ok := have[id]
		if !ok || b.Name != w.Name || !b.Date.Equal(w.Date) || b.View != w.View {
			t.Errorf("run %d: confirmed bookmark %s = %+v, found %+v (present %v)", r, id, w, b, ok)
		}
	}
	settings := s.Settings()
	for k, v := range want.settings {
		if settings[k] != v {
			t.Errorf("run %d: confirmed setting %s = %q, found %q", r, k, v, settings[k])
		}
	}
	if want.counter >= 0 {
		c, err := strconv.Atoi(settings["counter"])
		if err != nil || c < want.counter {
			t.Errorf("run %d: counter = %q, want at least the confirmed %d", r, settings["counter"], want.counter)
		}
	}
}
