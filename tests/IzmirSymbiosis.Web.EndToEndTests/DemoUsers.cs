namespace IzmirSymbiosis.Web.EndToEndTests;

/// <summary>The demo accounts the seeder creates (see IdentitySeeder), used to sign in.</summary>
public static class DemoUsers
{
    public const string Password = Infrastructure.Identity.IdentitySeeder.DemoPassword;

    public const string Firm = "firma@demo.izmirsym.org";

    public const string OtherFirm = "firma2@demo.izmirsym.org";

    public const string Staff = "osb@demo.izmirsym.org";

    public const string Expert = "uzman@demo.izmirsym.org";

    public const string ExpertKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public const string Admin = "admin@demo.izmirsym.org";

    public const string AdminKey = "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA";
}
