path = "C:\temp\"
