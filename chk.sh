#!/bin/bash
# usage: chk.sh area/name.py  -> shows diff of stdout and err/code
cd /work/main/tests/cases/$(dirname $1)
n=$(basename $1 .py)
PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8 timeout 20 /work/main/target/debug/pyrs -I $n.py </dev/null >/tmp/o.$$ 2>/tmp/e.$$; c=$?
diff $n.out /tmp/o.$$ | head -${LINES_:-8}
el=$(tail -n1 /tmp/e.$$)
[ "$el" != "$(cat $n.err)" ] && echo "ERR exp: $(cat $n.err) | got: $el"
[ "$c" != "$(cat $n.code)" ] && echo "CODE exp $(cat $n.code) got $c"
rm -f /tmp/o.$$ /tmp/e.$$
