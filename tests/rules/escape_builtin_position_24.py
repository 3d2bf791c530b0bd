# expect: reject builtin
# why: runs stdin as code
# line: 4
exec(input())
