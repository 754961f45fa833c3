@echo off
rem gongkai launcher (Windows).
rem
rem JVM defaults for a short batch job, the same as bin/gongkai (see there and the README,
rem section "Benchmark"); GONGKAI_OPTS comes after them, so a user's -Xmx or other option wins.
rem When GONGKAI_OPTS chooses a garbage collector, ours is left out: the JVM refuses two.
rem This file is ASCII on purpose: cmd.exe reads a batch file in the console's code page (936 on
rem a Chinese Windows), so UTF-8 Chinese would be garbled here; gongkai itself prints Chinese.
rem It uses goto rather than parenthesised blocks: a ")" in a path such as
rem "C:\Program Files (x86)\Java" would end a block early.
setlocal

set "GONGKAI_DEFAULT_JVM_OPTS=-XX:MaxRAMPercentage=50 -Xshare:auto"
set "GONGKAI_DEFAULT_GC=-XX:+UseSerialGC"
set "GONGKAI_HOME=%~dp0.."

if not defined JAVA_HOME goto javaFromPath
set "GONGKAI_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%GONGKAI_JAVA%" goto chooseGc
echo gongkai: JAVA_HOME (%JAVA_HOME%) has no bin\java.exe; set it to a Java 17 or later installation. 1>&2
exit /b 2

:javaFromPath
set "GONGKAI_JAVA=java.exe"
where java.exe >nul 2>nul
if not errorlevel 1 goto chooseGc
echo gongkai: java.exe not found; install Java 17 or later, or set JAVA_HOME to its installation. 1>&2
exit /b 2

:chooseGc
if not defined GONGKAI_OPTS goto run
if not "%GONGKAI_OPTS:GC=%"=="%GONGKAI_OPTS%" set "GONGKAI_DEFAULT_GC="

:run
"%GONGKAI_JAVA%" %GONGKAI_DEFAULT_JVM_OPTS% %GONGKAI_DEFAULT_GC% %GONGKAI_OPTS% -jar "%GONGKAI_HOME%\lib\gongkai.jar" %*
exit /b %ERRORLEVEL%
