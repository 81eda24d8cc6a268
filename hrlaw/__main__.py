from hrlaw.cli import main

main()
