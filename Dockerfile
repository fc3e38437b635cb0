# The web app and the izmirsym tool, as docker-compose.yml runs them: Production, plain HTTP on 8080
# behind the TLS-terminating proxy, as the unprivileged user `app`.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/IzmirSymbiosis.Web -c Release -o /app --nologo \
 && dotnet publish src/IzmirSymbiosis.Cli -c Release -o /cli --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY --from=build /cli /cli
# `docker compose exec app-a izmirsym create-admin --email you@example.org`; /data holds mail, logs and
# documents (a volume in docker-compose.yml). The data-protection keys are in the database.
RUN printf '#!/bin/sh\nexec dotnet /cli/izmirsym.dll "$@"\n' > /usr/local/bin/izmirsym \
 && chmod 755 /usr/local/bin/izmirsym \
 && mkdir -p /data/mail /data/logs /data/documents \
 && chown -R app:app /data
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Mail__PickupDirectory=/data/mail \
    LogFile__Path=/data/logs/izmirsym-.log \
    Documents__Folder=/data/documents
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "IzmirSymbiosis.Web.dll"]
