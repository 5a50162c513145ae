//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package userstate

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// lockFile takes an exclusive lock on <path>.lock, held until the returned
// file is closed; the system drops it when the process dies. buntdb does
// not lock its file, and two stores appending to one file overwrite each
// other's writes. A file system that cannot lock gives a nil file and a
// problem line instead of an error.
func lockFile(path string) (*os.File, string, error) {
	name := path + ".lock"
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, "", fmt.Errorf("userstate: %w", err)
	}
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if err == nil {
		return f, "", nil
	}
	_ = f.Close()
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return nil, "", fmt.Errorf("%w: %s", ErrInUse, path)
	}
	return nil, fmt.Sprintf("%s could not be locked (%v): do not run the app twice at once", path, err), nil
}
