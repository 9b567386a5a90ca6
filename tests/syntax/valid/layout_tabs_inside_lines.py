x	=	1	# tab before comment
if	x:		pass
