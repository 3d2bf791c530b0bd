# expect: accept
# why: trailing spaces and tabs, blank lines with spaces
x = 1   
   
	
y = 2	
print(x + y)  
