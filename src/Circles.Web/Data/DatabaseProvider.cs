namespace Circles.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
