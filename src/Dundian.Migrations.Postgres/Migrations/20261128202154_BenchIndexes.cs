using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dundian.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class BenchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ResearchReports_VillagePath",
                table: "ResearchReports");

            migrationBuilder.DropIndex(
                name: "IX_PracticalProjects_CampaignId_VillagePath",
                table: "PracticalProjects");

            migrationBuilder.DropIndex(
                name: "IX_PracticalProjects_VillagePath",
                table: "PracticalProjects");

            migrationBuilder.DropIndex(
                name: "IX_OrgUnits_Path",
                table: "OrgUnits");

            migrationBuilder.DropIndex(
                name: "IX_FieldNotes_VillagePath",
                table: "FieldNotes");

            migrationBuilder.DropIndex(
                name: "IX_FieldLogs_CampaignId_VillagePath",
                table: "FieldLogs");

            migrationBuilder.DropIndex(
                name: "IX_FieldLogs_VillagePath",
                table: "FieldLogs");

            migrationBuilder.DropIndex(
                name: "IX_DevelopmentPlans_CampaignId_VillagePath",
                table: "DevelopmentPlans");

            migrationBuilder.DropIndex(
                name: "IX_DevelopmentPlans_VillagePath",
                table: "DevelopmentPlans");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchReports_VillagePath",
                table: "ResearchReports",
                column: "VillagePath")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticalProjects_CampaignId_VillagePath",
                table: "PracticalProjects",
                columns: new[] { "CampaignId", "VillagePath" })
                .Annotation("Npgsql:IndexOperators", new[] { "int4_ops", "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticalProjects_VillagePath",
                table: "PracticalProjects",
                column: "VillagePath")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_Path",
                table: "OrgUnits",
                column: "Path")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldNotes_VillagePath",
                table: "FieldNotes",
                column: "VillagePath")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldLogs_CampaignId_VillagePath",
                table: "FieldLogs",
                columns: new[] { "CampaignId", "VillagePath" })
                .Annotation("Npgsql:IndexOperators", new[] { "int4_ops", "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldLogs_VillagePath",
                table: "FieldLogs",
                column: "VillagePath")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_CampaignId_VillagePath",
                table: "DevelopmentPlans",
                columns: new[] { "CampaignId", "VillagePath" })
                .Annotation("Npgsql:IndexOperators", new[] { "int4_ops", "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_VillagePath",
                table: "DevelopmentPlans",
                column: "VillagePath")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ResearchReports_VillagePath",
                table: "ResearchReports");

            migrationBuilder.DropIndex(
                name: "IX_PracticalProjects_CampaignId_VillagePath",
                table: "PracticalProjects");

            migrationBuilder.DropIndex(
                name: "IX_PracticalProjects_VillagePath",
                table: "PracticalProjects");

            migrationBuilder.DropIndex(
                name: "IX_OrgUnits_Path",
                table: "OrgUnits");

            migrationBuilder.DropIndex(
                name: "IX_FieldNotes_VillagePath",
                table: "FieldNotes");

            migrationBuilder.DropIndex(
                name: "IX_FieldLogs_CampaignId_VillagePath",
                table: "FieldLogs");

            migrationBuilder.DropIndex(
                name: "IX_FieldLogs_VillagePath",
                table: "FieldLogs");

            migrationBuilder.DropIndex(
                name: "IX_DevelopmentPlans_CampaignId_VillagePath",
                table: "DevelopmentPlans");

            migrationBuilder.DropIndex(
                name: "IX_DevelopmentPlans_VillagePath",
                table: "DevelopmentPlans");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchReports_VillagePath",
                table: "ResearchReports",
                column: "VillagePath");

            migrationBuilder.CreateIndex(
                name: "IX_PracticalProjects_CampaignId_VillagePath",
                table: "PracticalProjects",
                columns: new[] { "CampaignId", "VillagePath" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticalProjects_VillagePath",
                table: "PracticalProjects",
                column: "VillagePath");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_Path",
                table: "OrgUnits",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_FieldNotes_VillagePath",
                table: "FieldNotes",
                column: "VillagePath");

            migrationBuilder.CreateIndex(
                name: "IX_FieldLogs_CampaignId_VillagePath",
                table: "FieldLogs",
                columns: new[] { "CampaignId", "VillagePath" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldLogs_VillagePath",
                table: "FieldLogs",
                column: "VillagePath");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_CampaignId_VillagePath",
                table: "DevelopmentPlans",
                columns: new[] { "CampaignId", "VillagePath" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_VillagePath",
                table: "DevelopmentPlans",
                column: "VillagePath");
        }
    }
}
