package userstate

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestRestorePutsTruncatedBytesBack(t *testing.T) {
	before := []byte("*3\r\n$3\r\nset\r\n$1\r\na\r\n$3\r\n\"b\"\r\n*3\r\n$3\r\nse")
	tests := []struct {
		name string
		kept int // bytes left by the truncation
	}{
		{"cut at the last command", len(before) - 12},
		{"cut to nothing", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "user.db")
			if err := os.WriteFile(path, before[:tt.kept], 0o600); err != nil {
				t.Fatal(err)
			}
			cause := errors.New("disk full")
			err := restore(path, before, cause)
			if !errors.Is(err, cause) {
				t.Errorf("restore returned %v, want it to wrap %v", err, cause)
			}
			if got, _ := os.ReadFile(path); string(got) != string(before) {
				t.Errorf("file holds %q, want %q", got, before)
			}
		})
	}
}
