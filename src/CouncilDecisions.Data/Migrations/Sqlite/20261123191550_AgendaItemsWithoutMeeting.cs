using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilDecisions.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgendaItemsWithoutMeeting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "MeetingId",
                table: "AgendaItems",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "CouncilId",
                table: "AgendaItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_CouncilId_State",
                table: "AgendaItems",
                columns: new[] { "CouncilId", "State" });

            migrationBuilder.AddForeignKey(
                name: "FK_AgendaItems_Councils_CouncilId",
                table: "AgendaItems",
                column: "CouncilId",
                principalTable: "Councils",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AgendaItems_Councils_CouncilId",
                table: "AgendaItems");

            migrationBuilder.DropIndex(
                name: "IX_AgendaItems_CouncilId_State",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "CouncilId",
                table: "AgendaItems");

            migrationBuilder.AlterColumn<int>(
                name: "MeetingId",
                table: "AgendaItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
