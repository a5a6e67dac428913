<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>Baton::Cli</name>
    <message>
        <source>Usage: baton [FOLDER | FILE]...
       baton plugins [--json]
       baton --version

Without a command, opens the Baton window on FOLDER.
  plugins    list the provider plugins found and any that were refused
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
