@echo off
rem Starts the robot on Windows. Builds it the first time. Example: dpi-fullmakt utfør --synlig
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\dpi-fullmakt.jar"
if not exist "%JAR%" (
  echo Bygger roboten ^(foerste gang tar det et par minutter^) ...
  pushd "%HERE%"
  call mvnw.cmd -q -B -DskipTests -Dnettleser.sjekk.skip=true package || exit /b 2
  popd
)
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "%JAR%" %*
exit /b %ERRORLEVEL%
