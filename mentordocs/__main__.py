from mentordocs.cli import main

main()
