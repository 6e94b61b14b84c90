package interp

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/gilpy/gilpy/interp/host"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runWithHost runs src in an interpreter using h and returns its stdout.
func runWithHost(t *testing.T, h host.Host, src string) string {
	t.Helper()
	var out, errb bytes.Buffer
	in, err := New(Options{Stdout: &out, Stderr: &errb, Host: h})
	require.NoError(t, err)
	require.NoError(t, in.Exec(context.Background(), src, "<test>"), "stderr: %s", errb.String())
	require.NoError(t, in.Close())
	return out.String()
}

// A read-only host lets a program read files but every change fails as
// on a read-only file system, with a message naming the policy.
func TestReadOnlyHostRefusesWrites(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "f.txt"), []byte("content"), 0o644))
	h := host.ReadOnly(host.NewOSWith(dir, nil))
	out := runWithHost(t, h, `import os
print(open('f.txt').read())
print(sorted(os.listdir('.')))
for op in [lambda: open('f.txt', 'w'), lambda: open('new.txt', 'x'), lambda: os.mkdir('d'),
           lambda: os.remove('f.txt'), lambda: os.rename('f.txt', 'g.txt'), lambda: os.chmod('f.txt', 0o600)]:
    try:
        op()
        print('allowed')
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
`)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 8)
	assert.Equal(t, "content", lines[0])
	assert.Equal(t, "['f.txt']", lines[1])
	for _, l := range lines[2:] {
		assert.Contains(t, l, "OSError 30 Read-only file system (read-only sandbox)")
	}
	data, err := os.ReadFile(filepath.Join(dir, "f.txt"))
	require.NoError(t, err)
	assert.Equal(t, "content", string(data))
	_, err = os.Stat(filepath.Join(dir, "d"))
	assert.True(t, os.IsNotExist(err))
}

// A filter can deny paths: the program gets PermissionError naming the
// file it asked for, and the rest of the file system still works.
func TestFilterDeniesPaths(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "secret"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "secret", "key"), []byte("k"), 0o600))
	secret := filepath.Join(dir, "secret")
	h := host.Filter(host.NewOSWith(dir, nil), func(op host.Op, p string) error {
		if p == secret || strings.HasPrefix(p, secret+"/") {
			return &host.PolicyError{Op: string(op), Path: p, Errno: syscall.EACCES, Policy: "denied by the embedder"}
		}
		return nil
	})
	out := runWithHost(t, h, `import os, pathlib
for op in [lambda: open('secret/key').read(), lambda: os.listdir('secret'), lambda: pathlib.Path('secret/key').read_text()]:
    try:
        op()
        print('allowed')
    except PermissionError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
with open('ok.txt', 'w') as f:
    f.write('fine')
print(open('ok.txt').read())
`)
	assert.Equal(t, "PermissionError 13 Permission denied (denied by the embedder) secret/key\n"+
		"PermissionError 13 Permission denied (denied by the embedder) secret\n"+
		"PermissionError 13 Permission denied (denied by the embedder) secret/key\n"+
		"fine\n", out)
}

// Each interpreter has its own working directory and environment:
// os.chdir and os.environ changes in one are not seen by another, nor by
// the Go process.
func TestHostsAreIndependent(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	cwd, err := os.Getwd()
	require.NoError(t, err)
	outA := runWithHost(t, host.NewOSWith(a, []string{"X=1"}), `import os
os.mkdir('sub')
os.chdir('sub')
os.environ['X'] = '2'
print(os.path.basename(os.getcwd()), os.environ['X'], os.getenv('HOME'))
`)
	outB := runWithHost(t, host.NewOSWith(b, []string{"X=1"}), `import os
print(os.getcwd() != '', os.environ['X'], os.listdir('.'))
`)
	assert.Equal(t, "sub 2 None\n", outA)
	assert.Equal(t, "True 1 []\n", outB)
	now, err := os.Getwd()
	require.NoError(t, err)
	assert.Equal(t, cwd, now)
	assert.Equal(t, "", os.Getenv("X"))
}
